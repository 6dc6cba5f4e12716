using KapImmersive.Core.Patient;
using KapImmersive.Core.Protocol;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Headset.Tests.Support;

namespace KapImmersive.Headset.Tests;

public sealed class LinkLossTests
{
    [Fact]
    public Task Help_pressed_while_the_broker_is_down_arrives_once_after_it_returns_and_the_scene_stays_calm() => GlThread.RunAsync(async () =>
    {
        await using var broker = new TestBroker("h2");
        await broker.StartAsync();
        await using var console = await Consoles.ConnectAsync(broker);
        var script = new PatientScript { Steps = [new PatientStep(6, 1, null, PatientChoice.None, PatientChoice.Help, "button")] };
        await using var rig = await HeadsetRig.StartAsync(broker, "h2", script, "dusk-meadow");
        await rig.PumpUntilAsync(() => console.Find("h2")?.State is not null);

        await broker.StopAsync();
        var calm = new CalmWatch();
        rig.Run(10, r => calm.Add(r.Loop.LastFrame));
        Assert.True(rig.Loop.State.HelpRequestedAt is not null, "the patient's help press was taken");
        Assert.True(rig.Loop.LastFrame.HelpConfirmationOpacity > 0 || rig.Now - rig.Loop.State.HelpRequestedAt > 8, "the patient saw help was sent");
        Assert.Equal(0, console.Find("h2")!.Events.Count(e => e.Type == EventTypes.HelpRequested));

        await broker.StartAsync();
        await rig.PumpUntilAsync(() => console.Find("h2")!.Events.Any(e => e.Type == EventTypes.HelpRequested), r => calm.Add(r.Loop.LastFrame), maxSeconds: 20);
        rig.Run(3, r => calm.Add(r.Loop.LastFrame));
        await Task.Delay(500);
        Assert.Equal(1, console.Find("h2")!.Events.Count(e => e.Type == EventTypes.HelpRequested));
        calm.AssertCalm();
    });
}
