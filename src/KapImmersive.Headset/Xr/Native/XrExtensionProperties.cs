using System.Runtime.InteropServices;

namespace KapImmersive.Headset.Xr.Native;

/// <summary>One extension the runtime (or the loader) offers, as xrEnumerateInstanceExtensionProperties fills it.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrExtensionProperties
{
    public XrStructureType Type;
    public void* Next;
    public fixed byte ExtensionName[128];
    public uint ExtensionVersion;
}
