namespace KapImmersive.Core.Session;

/// <summary>A short message from the clinician shown to the patient until <see cref="Until"/>.</summary>
public sealed record ClinicianMessage(string Text, double ShownAt, double Until);
