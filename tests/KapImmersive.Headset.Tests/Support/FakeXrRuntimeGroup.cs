namespace KapImmersive.Headset.Tests.Support;

/// <summary>
/// The XR tests share the process's native environment and the fake runtime's single instance, so they run one after
/// another; and alone, since one of them keeps real time.
/// </summary>
[CollectionDefinition(FakeXrRuntime.Collection, DisableParallelization = true)]
public sealed class FakeXrRuntimeGroup;
