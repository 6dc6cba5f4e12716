using System.Text.Json;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Tests.Protocol;

/// <summary>What a headset publishes about being worn: a field of the retained state, and an event each way.</summary>
public sealed class SessionMessagesTests
{
    private static readonly SessionClock Clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_state_snapshot_says_whether_the_headset_is_worn_and_since_when_it_is_off()
    {
        var state = SessionReducer.Start(TestPresets.Calm(), 0);
        var worn = Json(SessionMessages.State(state, 10, Clock));
        Assert.Contains("\"headsetOff\":false", worn, StringComparison.Ordinal);
        Assert.DoesNotContain("headsetRemovedAt", worn, StringComparison.Ordinal);

        var off = SessionMessages.State(state with { HeadsetRemovedAt = 90 }, 100, Clock);
        Assert.True(off.HeadsetOff);
        Assert.Equal(Clock.ToWall(90), off.HeadsetRemovedAt);
    }

    [Fact]
    public void A_snapshot_from_a_headset_that_does_not_report_wearing_reads_as_worn()
    {
        var old = JsonSerializer.Deserialize(
            """{"v":1,"sequence":3,"phase":"dosing","presetId":"calm","darkness":{"current":0.2,"target":0.2},"volume":{"current":0.5,"target":0.5}}""",
            ProtocolJsonContext.Default.StateMessage)!;
        Assert.False(old.HeadsetOff);
    }

    [Fact]
    public void Removal_and_wearing_again_go_out_as_their_own_events()
    {
        var removed = SessionMessages.Event(new HeadsetRemoved(30, SessionPhase.Dosing), "e-1", Clock)!;
        Assert.Equal((EventTypes.HeadsetRemoved, "dosing"), (removed.Type, removed.Phase));
        Assert.False(EventTypes.IsAlert(removed.Type));

        var worn = SessionMessages.Event(new HeadsetWorn(95, 30), "e-2", Clock)!;
        Assert.Equal(EventTypes.HeadsetWorn, worn.Type);
        Assert.Equal((Clock.ToWall(95), Clock.ToWall(30)), (worn.At, worn.RemovedAt));
        Assert.Contains("\"removedAt\":\"2026-11-25T09:00:30+00:00\"", JsonSerializer.Serialize(worn, ProtocolJsonContext.Default.EventMessage), StringComparison.Ordinal);
    }

    private static string Json(StateMessage message) => JsonSerializer.Serialize(message, ProtocolJsonContext.Default.StateMessage);
}
