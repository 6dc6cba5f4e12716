using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;
using KapImmersive.Rendering.Tests.Support;

namespace KapImmersive.Rendering.Tests.Gpu;

public sealed class ShaderLibraryTests
{
    private static string SourceFolder => Path.Combine(Sessions.RepositoryFolder("src"), "KapImmersive.Rendering");

    [Fact]
    public void Every_shader_file_in_the_source_is_in_the_library_as_written()
    {
        var files = Directory.EnumerateFiles(Path.Combine(SourceFolder, "Shaders")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(files, ShaderLibrary.Files);
        Assert.All(files, file => Assert.Equal(File.ReadAllText(Path.Combine(SourceFolder, "Shaders", file)), ShaderLibrary.Text(file)));
    }

    [Fact]
    public void A_shader_gets_the_version_header_of_its_context_and_nothing_before_it()
    {
        Assert.StartsWith("#version 330 core\n", ShaderLibrary.Source(GlFlavour.Desktop33Core, "ground.frag"), StringComparison.Ordinal);
        Assert.StartsWith("#version 300 es\nprecision highp float;\n", ShaderLibrary.Source(GlFlavour.Es30, "ground.frag"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_piece_is_included_where_a_shader_asks_for_it()
    {
        var source = ShaderLibrary.Source(GlFlavour.Desktop33Core, "ground.vert");

        Assert.DoesNotContain("#include", source, StringComparison.Ordinal);
        Assert.Contains(ShaderLibrary.Text("skymap.glsl").TrimEnd(), source, StringComparison.Ordinal);
        Assert.Contains(ShaderLibrary.Text("terrain.glsl").TrimEnd(), source, StringComparison.Ordinal);
    }

    [Fact]
    public void Asking_for_a_shader_the_library_lacks_names_the_ones_it_has()
    {
        var error = Assert.Throws<ArgumentException>(() => ShaderLibrary.Text("sea.frag"));

        Assert.Contains("no shader file 'sea.frag'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ground.frag", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_renderer_code_but_the_Silk_NET_implementation_of_IGl_speaks_Silk_NET_or_carries_GLSL()
    {
        var offenders = Directory.EnumerateFiles(SourceFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !f.EndsWith(Path.Combine("Gpu", "SilkGl.cs"), StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f) is var code && (code.Contains("using Silk.NET", StringComparison.Ordinal) || code.Contains("gl_Position", StringComparison.Ordinal)))
            .ToArray();

        Assert.Empty(offenders);
    }
}
