using KapImmersive.Core.Protocol;

namespace KapImmersive.Console.Web;

/// <summary>The quick vitals form: what the clinician measured, each value optional but within what a person can have.</summary>
public sealed record VitalsEntry
{
    public double? HeartRate { get; init; }

    public double? Systolic { get; init; }

    public double? Diastolic { get; init; }

    public double? OxygenSaturation { get; init; }

    public string? Problem()
    {
        if (HeartRate is null && Systolic is null && Diastolic is null && OxygenSaturation is null)
        {
            return "enter at least one value";
        }

        if (Systolic.HasValue != Diastolic.HasValue)
        {
            return "blood pressure needs both systolic and diastolic";
        }

        return HeartRate is < 20 or > 250 || Systolic is < 50 or > 260 || Diastolic is < 20 or > 160 || OxygenSaturation is < 50 or > 100
            ? "a value is outside what a person can have: heart rate 20-250, systolic 50-260, diastolic 20-160, SpO2 50-100"
            : null;
    }

    public VitalsMessage ToMessage(DateTimeOffset at) => new()
    {
        At = at,
        HeartRate = HeartRate,
        Systolic = Systolic,
        Diastolic = Diastolic,
        OxygenSaturation = OxygenSaturation,
        Source = "clinician",
    };
}
