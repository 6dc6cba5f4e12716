using System.Runtime.InteropServices;

namespace KapImmersive.Headset.Xr.Native;

// The action structs, laid out as openxr.h declares them.
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrActionSetCreateInfo
{
    public XrStructureType Type;
    public void* Next;
    public fixed byte ActionSetName[64];
    public fixed byte LocalizedActionSetName[128];
    public uint Priority;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrActionCreateInfo
{
    public XrStructureType Type;
    public void* Next;
    public fixed byte ActionName[64];
    public int ActionType;
    public uint CountSubactionPaths;
    public ulong* SubactionPaths;
    public fixed byte LocalizedActionName[128];
}

[StructLayout(LayoutKind.Sequential)]
internal struct XrActionSuggestedBinding
{
    public ulong Action;
    public ulong Binding;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrInteractionProfileSuggestedBinding
{
    public XrStructureType Type;
    public void* Next;
    public ulong InteractionProfile;
    public uint CountSuggestedBindings;
    public XrActionSuggestedBinding* SuggestedBindings;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrSessionActionSetsAttachInfo
{
    public XrStructureType Type;
    public void* Next;
    public uint CountActionSets;
    public ulong* ActionSets;
}

[StructLayout(LayoutKind.Sequential)]
internal struct XrActiveActionSet
{
    public ulong ActionSet;
    public ulong SubactionPath;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrActionsSyncInfo
{
    public XrStructureType Type;
    public void* Next;
    public uint CountActiveActionSets;
    public XrActiveActionSet* ActiveActionSets;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrActionStateGetInfo
{
    public XrStructureType Type;
    public void* Next;
    public ulong Action;
    public ulong SubactionPath;
}

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrActionStateBoolean
{
    public XrStructureType Type;
    public void* Next;
    public uint CurrentState;
    public uint ChangedSinceLastSync;
    public long LastChangeTime;
    public uint IsActive;
}
