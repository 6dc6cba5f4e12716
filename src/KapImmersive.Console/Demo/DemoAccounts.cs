using System.Globalization;
using KapImmersive.Console.Hosting;

namespace KapImmersive.Console.Demo;

/// <summary>The demo's accounts: the clinician a newcomer signs in as, and the simulated headsets' broker passwords.</summary>
public sealed record DemoAccounts(string ClinicianName, string ClinicianPassword, IReadOnlyList<(string Name, string Password)> Headsets)
{
    public const string Clinician = "demo";
    public const string Password = "calm-waters";

    public static DemoAccounts Create(int headsets) =>
        new(Clinician, Password, [.. Enumerable.Range(1, headsets).Select(i => (string.Create(CultureInfo.InvariantCulture, $"room-{i}"), BrokerAccounts.NewPassword()))]);
}
