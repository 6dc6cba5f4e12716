namespace KapImmersive.Headset.Tests.Xr;

/// <summary>
/// The XR tests share one process's native environment (the loader reads XR_RUNTIME_JSON, the fake runtime its
/// KAP_FAKE_XR_* settings) and the loader's one loaded runtime, so they run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class OpenXrRuntimeGroup
{
    public const string Name = "OpenXR runtime";
}
