using System.Runtime.InteropServices;

namespace KapImmersive.Audio.Output;

/// <summary>The five calls of PulseAudio's simple API (libpulse-simple.so.0) the live output needs.</summary>
internal static partial class PulseSimpleNative
{
    public const int StreamPlayback = 1;
    public const int SampleFloat32LittleEndian = 5;
    public const int ErrorConnectionRefused = 6;
    private const string Library = "libpulse-simple.so.0";

    [StructLayout(LayoutKind.Sequential)]
    public struct SampleSpec
    {
        public int Format;
        public uint Rate;
        public byte Channels;
    }

    /// <summary>pa_buffer_attr; uint.MaxValue leaves a field to the server.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct BufferAttributes
    {
        public uint MaxLength;
        public uint TargetLength;
        public uint PreBuffer;
        public uint MinimumRequest;
        public uint FragmentSize;
    }

    [LibraryImport(Library, EntryPoint = "pa_simple_new", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint New(string? server, string name, int direction, string? device, string streamName,
        in SampleSpec spec, nint channelMap, in BufferAttributes attributes, out int error);

    [LibraryImport(Library, EntryPoint = "pa_simple_write")]
    public static partial int Write(nint stream, in float data, nuint bytes, out int error);

    [LibraryImport(Library, EntryPoint = "pa_simple_drain")]
    public static partial int Drain(nint stream, out int error);

    [LibraryImport(Library, EntryPoint = "pa_simple_get_latency")]
    public static partial ulong Latency(nint stream, out int error);

    [LibraryImport(Library, EntryPoint = "pa_simple_free")]
    public static partial void Free(nint stream);
}
