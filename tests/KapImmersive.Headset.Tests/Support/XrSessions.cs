using KapImmersive.Core.Protocol;
using KapImmersive.Headset.Hosting;
using KapImmersive.Headset.Runtime.Displays;
using KapImmersive.Headset.Runtime.Session;
using KapImmersive.Testing;
using Microsoft.Extensions.Time.Testing;

namespace KapImmersive.Headset.Tests.Support;

/// <summary>A session on an XR headset for tests: a link to no console, and a session clock standing at 0 so the runtime's display times alone move it.</summary>
internal static class XrSessions
{
    public static HeadsetSession Create(IHeadsetDisplay display, RecordingLink link, string preset, HeadsetRuntimeOptions options)
    {
        var (presets, _) = PresetFolder.Load(RepositoryRoot.Combine("environments"));
        presets.TryGet(preset, out var start);
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        return new HeadsetSession(new HeadsetSessionParts
        {
            Link = link, Presets = presets, StartPreset = start!, Clock = new SessionClock(time.GetUtcNow()), Time = time, Options = options,
        }, display);
    }
}
