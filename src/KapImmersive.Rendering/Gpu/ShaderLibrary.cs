using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Gpu;

/// <summary>
/// The room's shaders, one file each under Shaders/ (*.vert, *.frag, and *.glsl pieces they share), embedded in this
/// assembly so every renderer of the room, native or in a browser, compiles the very same text. Each is written once in
/// the common subset of GLSL 3.30 core and GLSL ES 3.00; at load a line <c>#include "piece.glsl"</c> is replaced by
/// that piece, and the version header for the context is prepended.
/// </summary>
public static class ShaderLibrary
{
    private const string Prefix = "KapImmersive.Rendering.Shaders.";

    /// <summary>Every shader file's name, such as "sky.frag".</summary>
    public static IReadOnlyList<string> Files { get; } =
        [.. typeof(ShaderLibrary).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name => name[Prefix.Length..])
            .Order(StringComparer.Ordinal)];

    /// <summary>The file's text as written.</summary>
    public static string Text(string file)
    {
        using var stream = typeof(ShaderLibrary).Assembly.GetManifestResourceStream(Prefix + file)
            ?? throw new ArgumentException($"no shader file '{file}'; the library has {string.Join(", ", Files)}", nameof(file));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The file ready to compile on a context of that flavour: its pieces included, each once, its header in front.</summary>
    public static string Source(GlFlavour flavour, string file) => ShaderSource.For(flavour, Expand(file, []));

    private static string Expand(string file, HashSet<string> included)
    {
        included.Add(file);
        return string.Join('\n', Text(file).Split('\n').Select(line =>
        {
            if (!line.StartsWith("#include \"", StringComparison.Ordinal) || !line.TrimEnd().EndsWith('"'))
            {
                return line;
            }

            var piece = line.TrimEnd()[10..^1];
            return included.Contains(piece) ? "" : Expand(piece, included).TrimEnd('\n');
        }));
    }
}
