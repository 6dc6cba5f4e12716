using KapImmersive.Core.Protocol;

namespace KapImmersive.Console.Live;

/// <summary>What one dashboard card shows; the browser counts time in session and ramps forward from these instants.</summary>
public sealed record HeadsetCard(string HeadsetId)
{
    /// <summary>The name a clinician gave a paired headset; the id stays pseudonymous.</summary>
    public string? Name { get; init; }

    /// <summary>Paired from the dashboard, so the clinician may rename or revoke it.</summary>
    public bool Paired { get; init; }

    /// <summary>When its account was revoked: it is disconnected and refused from then on.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    public bool Online { get; init; }

    public DateTimeOffset? PresenceAt { get; init; }

    public StateMessage? State { get; init; }

    public DateTimeOffset? SessionStartedAt { get; init; }

    public CommandReport? LastOutcome { get; init; }

    public double? HeartRate { get; init; }

    public string? BloodPressure { get; init; }

    public DateTimeOffset? VitalsAt { get; init; }

    public DateTimeOffset? NextVitalsDue { get; init; }

    public double? HeadMotion { get; init; }

    public long PreviewVersion { get; init; }
}
