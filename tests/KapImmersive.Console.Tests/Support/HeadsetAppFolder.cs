using System.IO.Compression;

namespace KapImmersive.Console.Tests.Support;

/// <summary>
/// A folder standing in for the web headset's build: the placeholder page and script, and a tiny WebAssembly module
/// (it exports answer() = 42) with brotli and gzip copies beside it, as the real build writes them.
/// </summary>
internal static class HeadsetAppFolder
{
    /// <summary>A module of one function, "answer", returning the i32 42.</summary>
    public static readonly byte[] Wasm =
    [
        0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
        0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f,
        0x03, 0x02, 0x01, 0x00,
        0x07, 0x0a, 0x01, 0x06, (byte)'a', (byte)'n', (byte)'s', (byte)'w', (byte)'e', (byte)'r', 0x00, 0x00,
        0x0a, 0x06, 0x01, 0x04, 0x00, 0x41, 0x2a, 0x0b,
    ];

    public static string Create(string parent)
    {
        var folder = Directory.CreateDirectory(Path.Combine(parent, "headset")).FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "HeadsetPlaceholder")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.WriteAllBytes(Path.Combine(folder, "room.wasm"), Wasm);
        File.WriteAllBytes(Path.Combine(folder, "room.wasm.br"), Compress(Wasm, s => new BrotliStream(s, CompressionLevel.Optimal)));
        File.WriteAllBytes(Path.Combine(folder, "room.wasm.gz"), Compress(Wasm, s => new GZipStream(s, CompressionLevel.Optimal)));
        File.WriteAllText(Path.Combine(folder, ".secret"), "not for the web");
        File.WriteAllText(Path.Combine(folder, "notes.unknowntype"), "no known type");
        return folder;
    }

    public static byte[] Decompress(byte[] data, string coding)
    {
        using var input = new MemoryStream(data);
        using Stream reader = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        reader.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Compress(byte[] data, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var writer = compressor(output))
        {
            writer.Write(data);
        }

        return output.ToArray();
    }
}
