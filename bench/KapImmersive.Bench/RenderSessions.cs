using KapImmersive.Core.Presets;
using KapImmersive.Core.Session;

namespace KapImmersive.Bench;

/// <summary>The sessions the render benchmark draws: a preset in dosing with breathing guidance, and the same with a check-in and a message on screen.</summary>
internal static class RenderSessions
{
    public const double Start = 90;

    public static SessionState Plain(EnvironmentPreset preset, IReadOnlyList<EnvironmentPreset> all) =>
        Play(preset, all, [new SetPhase("1", "bench", SessionPhase.Dosing), new StartBreathing("2", "bench", "coherent")]);

    public static SessionState Busy(EnvironmentPreset preset, IReadOnlyList<EnvironmentPreset> all) =>
        Play(preset, all,
        [
            new SetPhase("1", "bench", SessionPhase.Dosing),
            new StartBreathing("2", "bench", "coherent"),
            new RequestCheckIn("3", "bench", null, 600),
            new ShowMessage("4", "bench", "You are doing well.", 600),
        ]);

    private static SessionState Play(EnvironmentPreset preset, IReadOnlyList<EnvironmentPreset> all, SessionCommand[] commands)
    {
        var reducer = new SessionReducer(new PresetCatalog(all));
        var state = SessionReducer.Start(preset, 0);
        foreach (var command in commands)
        {
            state = reducer.Apply(state, command, Start - 10).State;
        }

        return state;
    }
}
