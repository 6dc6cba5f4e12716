using System.Runtime.InteropServices;

namespace KapImmersive.Headset.Xr.Native;

/// <summary>
/// The OpenXR 1.0 core functions the app uses, exported by the system's loader (Debian libopenxr-loader1). Handles
/// are 64-bit on every platform. Every result goes through <see cref="XrCheck"/>.
/// </summary>
internal static unsafe partial class XrApi
{
    private const string Loader = XrLoaderLibrary.Name;

    static XrApi() => XrLoaderLibrary.Register(typeof(XrApi).Assembly);

    [LibraryImport(Loader, EntryPoint = "xrEnumerateInstanceExtensionProperties")]
    public static partial int EnumerateInstanceExtensionProperties(byte* layerName, uint capacity, uint* count, XrExtensionProperties* properties);

    [LibraryImport(Loader, EntryPoint = "xrCreateInstance")]
    public static partial int CreateInstance(XrInstanceCreateInfo* info, ulong* instance);

    [LibraryImport(Loader, EntryPoint = "xrDestroyInstance")]
    public static partial int DestroyInstance(ulong instance);

    [LibraryImport(Loader, EntryPoint = "xrGetInstanceProcAddr", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int GetInstanceProcAddr(ulong instance, string name, out nint function);

    [LibraryImport(Loader, EntryPoint = "xrGetInstanceProperties")]
    public static partial int GetInstanceProperties(ulong instance, XrInstanceProperties* properties);

    [LibraryImport(Loader, EntryPoint = "xrGetSystem")]
    public static partial int GetSystem(ulong instance, XrSystemGetInfo* info, ulong* system);

    [LibraryImport(Loader, EntryPoint = "xrEnumerateViewConfigurationViews")]
    public static partial int EnumerateViewConfigurationViews(ulong instance, ulong system, int type, uint capacity, uint* count, XrViewConfigurationView* views);

    [LibraryImport(Loader, EntryPoint = "xrCreateSession")]
    public static partial int CreateSession(ulong instance, XrSessionCreateInfo* info, ulong* session);

    [LibraryImport(Loader, EntryPoint = "xrDestroySession")]
    public static partial int DestroySession(ulong session);

    [LibraryImport(Loader, EntryPoint = "xrBeginSession")]
    public static partial int BeginSession(ulong session, XrSessionBeginInfo* info);

    [LibraryImport(Loader, EntryPoint = "xrEndSession")]
    public static partial int EndSession(ulong session);

    [LibraryImport(Loader, EntryPoint = "xrRequestExitSession")]
    public static partial int RequestExitSession(ulong session);

    [LibraryImport(Loader, EntryPoint = "xrPollEvent")]
    public static partial int PollEvent(ulong instance, XrEventDataBuffer* buffer);

    [LibraryImport(Loader, EntryPoint = "xrCreateReferenceSpace")]
    public static partial int CreateReferenceSpace(ulong session, XrReferenceSpaceCreateInfo* info, ulong* space);

    [LibraryImport(Loader, EntryPoint = "xrDestroySpace")]
    public static partial int DestroySpace(ulong space);

    [LibraryImport(Loader, EntryPoint = "xrEnumerateSwapchainFormats")]
    public static partial int EnumerateSwapchainFormats(ulong session, uint capacity, uint* count, long* formats);

    [LibraryImport(Loader, EntryPoint = "xrCreateSwapchain")]
    public static partial int CreateSwapchain(ulong session, XrSwapchainCreateInfo* info, ulong* swapchain);

    [LibraryImport(Loader, EntryPoint = "xrDestroySwapchain")]
    public static partial int DestroySwapchain(ulong swapchain);

    [LibraryImport(Loader, EntryPoint = "xrEnumerateSwapchainImages")]
    public static partial int EnumerateSwapchainImages(ulong swapchain, uint capacity, uint* count, XrSwapchainImageOpenGl* images);

    [LibraryImport(Loader, EntryPoint = "xrAcquireSwapchainImage")]
    public static partial int AcquireSwapchainImage(ulong swapchain, XrSwapchainImageInfo* info, uint* index);

    [LibraryImport(Loader, EntryPoint = "xrWaitSwapchainImage")]
    public static partial int WaitSwapchainImage(ulong swapchain, XrSwapchainImageInfo* info);

    [LibraryImport(Loader, EntryPoint = "xrReleaseSwapchainImage")]
    public static partial int ReleaseSwapchainImage(ulong swapchain, XrSwapchainImageInfo* info);

    [LibraryImport(Loader, EntryPoint = "xrWaitFrame")]
    public static partial int WaitFrame(ulong session, XrTypedInfo* info, XrFrameState* state);

    [LibraryImport(Loader, EntryPoint = "xrBeginFrame")]
    public static partial int BeginFrame(ulong session, XrTypedInfo* info);

    [LibraryImport(Loader, EntryPoint = "xrEndFrame")]
    public static partial int EndFrame(ulong session, XrFrameEndInfo* info);

    [LibraryImport(Loader, EntryPoint = "xrLocateViews")]
    public static partial int LocateViews(ulong session, XrViewLocateInfo* info, XrViewState* state, uint capacity, uint* count, XrView* views);

    [LibraryImport(Loader, EntryPoint = "xrStringToPath", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int StringToPath(ulong instance, string text, out ulong path);

    [LibraryImport(Loader, EntryPoint = "xrCreateActionSet")]
    public static partial int CreateActionSet(ulong instance, XrActionSetCreateInfo* info, ulong* actionSet);

    [LibraryImport(Loader, EntryPoint = "xrDestroyActionSet")]
    public static partial int DestroyActionSet(ulong actionSet);

    [LibraryImport(Loader, EntryPoint = "xrCreateAction")]
    public static partial int CreateAction(ulong actionSet, XrActionCreateInfo* info, ulong* action);

    [LibraryImport(Loader, EntryPoint = "xrSuggestInteractionProfileBindings")]
    public static partial int SuggestInteractionProfileBindings(ulong instance, XrInteractionProfileSuggestedBinding* bindings);

    [LibraryImport(Loader, EntryPoint = "xrAttachSessionActionSets")]
    public static partial int AttachSessionActionSets(ulong session, XrSessionActionSetsAttachInfo* info);

    [LibraryImport(Loader, EntryPoint = "xrSyncActions")]
    public static partial int SyncActions(ulong session, XrActionsSyncInfo* info);

    [LibraryImport(Loader, EntryPoint = "xrGetActionStateBoolean")]
    public static partial int GetActionStateBoolean(ulong session, XrActionStateGetInfo* info, XrActionStateBoolean* state);
}
