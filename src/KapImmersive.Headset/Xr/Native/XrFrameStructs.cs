using System.Runtime.InteropServices;

namespace KapImmersive.Headset.Xr.Native;

// The frame loop's structs, laid out as openxr.h declares them.
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrFrameState
{
    public XrStructureType Type;
    public void* Next;
    public long PredictedDisplayTime;
    public long PredictedDisplayPeriod;
    public uint ShouldRender;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrTypedInfo
{
    public XrStructureType Type;
    public void* Next;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrViewLocateInfo
{
    public XrStructureType Type;
    public void* Next;
    public int ViewConfigurationType;
    public long DisplayTime;
    public ulong Space;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrViewState
{
    public XrStructureType Type;
    public void* Next;
    public ulong ViewStateFlags;
}

[StructLayout(LayoutKind.Sequential)]
internal struct XrFov
{
    public float AngleLeft;
    public float AngleRight;
    public float AngleUp;
    public float AngleDown;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrView
{
    public XrStructureType Type;
    public void* Next;
    public XrPose Pose;
    public XrFov Fov;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrCompositionLayerProjectionView
{
    public XrStructureType Type;
    public void* Next;
    public XrPose Pose;
    public XrFov Fov;
    public ulong Swapchain;
    public int RectX;
    public int RectY;
    public int RectWidth;
    public int RectHeight;
    public uint ImageArrayIndex;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrCompositionLayerProjection
{
    public XrStructureType Type;
    public void* Next;
    public ulong LayerFlags;
    public ulong Space;
    public uint ViewCount;
    public XrCompositionLayerProjectionView* Views;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrFrameEndInfo
{
    public XrStructureType Type;
    public void* Next;
    public long DisplayTime;
    public int EnvironmentBlendMode;
    public uint LayerCount;
    public void** Layers;
}
