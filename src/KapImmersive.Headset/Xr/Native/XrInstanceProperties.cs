using System.Runtime.InteropServices;

namespace KapImmersive.Headset.Xr.Native;

/// <summary>The runtime's name and version, for the log line a technician reads to see which runtime answered.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrInstanceProperties
{
    public XrStructureType Type;
    public void* Next;
    public ulong RuntimeVersion;
    public fixed byte RuntimeName[128];
}
