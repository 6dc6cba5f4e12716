using System.Runtime.InteropServices;

namespace KapImmersive.Headset.Xr.Native;

// The instance and system structs, laid out as openxr.h declares them (natural C alignment on 64-bit).
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrApplicationInfo
{
    public fixed byte ApplicationName[128];
    public uint ApplicationVersion;
    public fixed byte EngineName[128];
    public uint EngineVersion;
    public ulong ApiVersion;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrInstanceCreateInfo
{
    public XrStructureType Type;
    public void* Next;
    public ulong CreateFlags;
    public XrApplicationInfo ApplicationInfo;
    public uint EnabledApiLayerCount;
    public byte** EnabledApiLayerNames;
    public uint EnabledExtensionCount;
    public byte** EnabledExtensionNames;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrSystemGetInfo
{
    public XrStructureType Type;
    public void* Next;
    public int FormFactor;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrGraphicsRequirementsOpenGl
{
    public XrStructureType Type;
    public void* Next;
    public ulong MinApiVersionSupported;
    public ulong MaxApiVersionSupported;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrViewConfigurationView
{
    public XrStructureType Type;
    public void* Next;
    public uint RecommendedImageRectWidth;
    public uint MaxImageRectWidth;
    public uint RecommendedImageRectHeight;
    public uint MaxImageRectHeight;
    public uint RecommendedSwapchainSampleCount;
    public uint MaxSwapchainSampleCount;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrEventDataBuffer
{
    public XrStructureType Type;
    public void* Next;
    public fixed byte Varying[4000];
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrEventDataSessionStateChanged
{
    public XrStructureType Type;
    public void* Next;
    public ulong Session;
    public XrSessionState State;
    public long Time;
}
