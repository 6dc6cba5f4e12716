using System.Globalization;
using KapImmersive.Messaging.Broker;

namespace KapImmersive.Console.Tests.Support;

/// <summary>Headset accounts for the broker as configuration entries (each headset's password is its id backwards plus a suffix).</summary>
internal static class BrokerUsers
{
    public static string PasswordOf(string headsetId) => new string([.. headsetId.Reverse()]) + "-secret";

    public static IEnumerable<KeyValuePair<string, string?>> Headsets(IEnumerable<string> ids, string section = "Kap:Broker:Users") =>
        ids.SelectMany((id, i) => new[]
        {
            Entry(section, i, "Name", id),
            Entry(section, i, "Role", nameof(BrokerRole.Headset)),
            Entry(section, i, "PasswordHash", PasswordHash.Create(PasswordOf(id), 1_000)),
        });

    private static KeyValuePair<string, string?> Entry(string section, int index, string field, string value) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{section}:{index}:{field}"), value);
}
