using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Tests.Protocol;

public sealed class SessionScriptTests
{
    [Fact]
    public void A_script_is_the_wire_commands_on_a_timeline()
    {
        var (commands, errors) = SessionScript.Parse("""
            [
              { "at": 0, "type": "setPhase", "args": { "phase": "dosing" } },
              { "at": 60, "type": "setDarkness", "args": { "level": 0.8, "seconds": 30 } },
              { "at": 90, "type": "requestCheckIn" }
            ]
            """);
        Assert.Empty(errors);
        Assert.Equal([0, 60, 90], commands.Select(c => c.At));
        Assert.Equal(new SetDarkness("script-1", "script", 0.8, 30), commands[1].Command);
    }

    [Fact]
    public void Every_bad_entry_is_reported_by_its_index()
    {
        var (_, errors) = SessionScript.Parse("""[{ "type": "stopBreathing" }, { "at": 5, "type": "setVolume", "args": { "level": 3 } }]""");
        Assert.Equal(2, errors.Length);
        Assert.StartsWith("$[0]: each entry needs \"at\"", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("$[1]: args.level: 3 is out of range", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_scripted_session_plays_the_timeline_and_collects_events()
    {
        var preset = TestPresets.Calm();
        var (commands, _) = SessionScript.Parse("""[{ "at": 10, "type": "requestCheckIn", "args": { "timeoutSeconds": 30 } }]""");
        var session = new ScriptedSession(preset, TestPresets.Catalog(preset), commands);
        Assert.Null(session.AdvanceTo(5).CheckIn);
        Assert.NotNull(session.AdvanceTo(11).CheckIn);
        session.AdvanceTo(100);
        Assert.Single(session.Events.OfType<CheckInMissed>());
        Assert.Throws<ArgumentOutOfRangeException>(() => session.AdvanceTo(50));
    }
}
