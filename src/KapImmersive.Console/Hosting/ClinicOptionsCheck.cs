using System.Net;
using Microsoft.Extensions.Options;

namespace KapImmersive.Console.Hosting;

/// <summary>Checks the console's settings at start, each problem in plain words naming the setting.</summary>
public sealed class ClinicOptionsCheck : IValidateOptions<ClinicOptions>
{
    public ValidateOptionsResult Validate(string? name, ClinicOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options).Select(p => $"{ClinicOptions.Section}:{p}").ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static IEnumerable<string> Problems(ClinicOptions o)
    {
        if (!IPAddress.TryParse(o.Address, out _))
        {
            yield return $"Address: '{o.Address}' is not an IP address";
        }

        if (o.Port is < 0 or > 65535 || o.HttpsPort is < 0 or > 65535)
        {
            yield return "Port and HttpsPort go from 0 (any free port) to 65535";
        }
        else if (o.CertificatePath is not null && o.Port == o.HttpsPort && o.Port != 0)
        {
            yield return $"HttpsPort: {o.HttpsPort} is also Port; HTTPS needs a port of its own";
        }

        using (ClinicCertificate.TryLoad(o, out var certificateProblem))
        {
            if (certificateProblem is not null)
            {
                yield return certificateProblem;
            }
        }

        if (o.HeadsetAppFolder is { } folder && !Directory.Exists(folder))
        {
            yield return $"HeadsetAppFolder: '{folder}' does not exist";
        }

        if (o.Database is not null && o.DatabasePath is not null)
        {
            yield return "DatabasePath is the old name of Database; set only Database (a SQLite file's path or a PostgreSQL connection string)";
        }
        else if (!Record.RecordLocation.TryParse(o.RecordDatabase, out _, out var problem))
        {
            yield return $"{(o.Database is null && o.DatabasePath is not null ? "DatabasePath" : "Database")} {problem}";
        }

        if (string.IsNullOrWhiteSpace(o.PresetsFolder))
        {
            yield return "PresetsFolder is required";
        }

        if (string.IsNullOrWhiteSpace(o.RecordClientId) || o.RecordClientId.Length > 64)
        {
            yield return "RecordClientId is 1-64 characters";
        }

        if (o.VitalsMinutes.Any(m => m < 0 || !double.IsFinite(m)))
        {
            yield return "VitalsMinutes are minutes after dosing starts, 0 or more";
        }

        if (o.WrongPasswordsAllowed < 1 || o.WrongPasswordWindowSeconds <= 0 || o.LostLinkAlertSeconds < 0)
        {
            yield return "WrongPasswordsAllowed is at least 1, WrongPasswordWindowSeconds above 0, LostLinkAlertSeconds 0 or more";
        }

        if (o.DemoHeadsets is < 1 or > 50)
        {
            yield return "DemoHeadsets goes from 1 to 50";
        }
    }
}
