using System.Text;

namespace KapImmersive.Headset.Xr.Native;

/// <summary>Reads the fixed-size, NUL-terminated UTF-8 name fields of OpenXR structs.</summary>
internal static class XrText
{
    public static unsafe string Read(byte* field, int size)
    {
        var bytes = new ReadOnlySpan<byte>(field, size);
        var end = bytes.IndexOf((byte)0);
        return Encoding.UTF8.GetString(end < 0 ? bytes : bytes[..end]);
    }
}
