using KapImmersive.Core.Commands;

namespace KapImmersive.Core.Session;

public sealed partial class SessionReducer
{
    /// <summary>Who the headset's own commands come from: whether it is worn, its gentle shutdown.</summary>
    public const string HeadsetIssuer = "headset";

    /// <summary>
    /// An automatic check-in waits at least this long after the headset goes back on, so a patient who has just
    /// settled again is not met at once by a prompt and its chime.
    /// </summary>
    public const double SettleAfterWearingSeconds = 30;

    /// <summary>
    /// Taking the headset off changes nothing the patient sees or hears: ramps under way finish as planned and none
    /// starts; only automatic check-ins wait, since nobody could answer them. Putting it back on continues the session.
    /// </summary>
    internal static Decision Wear(SessionState state, ReportHeadsetWorn command, CommandContext context)
    {
        var now = context.Now;
        if (!command.Worn)
        {
            return state.HeadsetRemovedAt is null
                ? Decision.Apply(state with { HeadsetRemovedAt = now }, "headset off: the scene holds and automatic check-ins wait",
                    new HeadsetRemoved(now, state.Phase))
                : Decision.Apply(state, "the headset was already off");
        }

        if (state.HeadsetRemovedAt is not { } removedAt)
        {
            return Decision.Apply(state, "the headset was already on");
        }

        var next = state with
        {
            HeadsetRemovedAt = null,
            NextCheckInAt = state.NextCheckInAt is { } due ? Math.Max(due, now + SettleAfterWearingSeconds) : null,
        };
        return Decision.Apply(next, Invariant($"headset on again after {now - removedAt:0} s off; the session continues"),
            new HeadsetWorn(now, removedAt));
    }
}
