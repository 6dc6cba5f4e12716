using System.Numerics;
using System.Runtime.InteropServices;

namespace KapImmersive.Headset.Xr.Native;

// The session, space and swapchain structs, laid out as openxr.h and openxr_platform.h declare them.
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrGraphicsBindingEglMndx
{
    public XrStructureType Type;
    public void* Next;
    public nint GetProcAddress;
    public nint Display;
    public nint Config;
    public nint Context;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrSessionCreateInfo
{
    public XrStructureType Type;
    public void* Next;
    public ulong CreateFlags;
    public ulong SystemId;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrSessionBeginInfo
{
    public XrStructureType Type;
    public void* Next;
    public int PrimaryViewConfigurationType;
}

[StructLayout(LayoutKind.Sequential)]
internal struct XrPose
{
    public Quaternion Orientation;
    public Vector3 Position;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrReferenceSpaceCreateInfo
{
    public XrStructureType Type;
    public void* Next;
    public int ReferenceSpaceType;
    public XrPose PoseInReferenceSpace;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrSwapchainCreateInfo
{
    public XrStructureType Type;
    public void* Next;
    public ulong CreateFlags;
    public ulong UsageFlags;
    public long Format;
    public uint SampleCount;
    public uint Width;
    public uint Height;
    public uint FaceCount;
    public uint ArraySize;
    public uint MipCount;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrSwapchainImageOpenGl
{
    public XrStructureType Type;
    public void* Next;
    public uint Image;
}

/// <summary>Acquire, wait and release infos share this shape (the wait's timeout is used only by wait).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrSwapchainImageInfo
{
    public XrStructureType Type;
    public void* Next;
    public long Timeout;
}
