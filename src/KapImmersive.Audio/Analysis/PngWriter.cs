using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace KapImmersive.Audio.Analysis;

/// <summary>Writes an 8-bit RGB image as PNG: signature, IHDR, one zlib IDAT, IEND. Enough for plots, no package needed.</summary>
internal static class PngWriter
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static async Task WriteAsync(string path, int width, int height, byte[] rgb, CancellationToken cancellationToken)
    {
        var raw = new byte[height * ((width * 3) + 1)];
        for (var y = 0; y < height; y++)
        {
            // Filter type 0 (none) at the start of every row.
            Array.Copy(rgb, y * width * 3, raw, (y * ((width * 3) + 1)) + 1, width * 3);
        }

        using var compressed = new MemoryStream();
        await using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            await zlib.WriteAsync(raw, cancellationToken);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;

        await using var file = File.Create(path);
        await file.WriteAsync(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, cancellationToken);
        await WriteChunkAsync(file, "IHDR", header, cancellationToken);
        await WriteChunkAsync(file, "IDAT", compressed.ToArray(), cancellationToken);
        await WriteChunkAsync(file, "IEND", [], cancellationToken);
    }

    private static async Task WriteChunkAsync(Stream stream, string type, byte[] data, CancellationToken cancellationToken)
    {
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type, chunk.AsSpan(4));
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc(chunk.AsSpan(4, 4 + data.Length)));
        await stream.WriteAsync(chunk, cancellationToken);
    }

    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
