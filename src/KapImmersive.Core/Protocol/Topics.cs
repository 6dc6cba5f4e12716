using System.Diagnostics.CodeAnalysis;

namespace KapImmersive.Core.Protocol;

/// <summary>The MQTT topic names. Headset and preset ids are pseudonymous: never a patient's name.</summary>
public static class Topics
{
    public const string Root = "kap/v1";

    public const string AllHeadsets = Root + "/headsets/+/+";

    public const string AllPresets = Root + "/presets/+";

    public const int MaxIdLength = 64;

    public static string Presence(string headsetId) => Headset(headsetId, Channels.Presence);

    public static string State(string headsetId) => Headset(headsetId, Channels.State);

    public static string Commands(string headsetId) => Headset(headsetId, Channels.Commands);

    public static string Acks(string headsetId) => Headset(headsetId, Channels.Acks);

    public static string Events(string headsetId) => Headset(headsetId, Channels.Events);

    public static string Preview(string headsetId) => Headset(headsetId, Channels.Preview);

    public static string Telemetry(string headsetId) => Headset(headsetId, Channels.Telemetry);

    public static string Vitals(string headsetId) => Headset(headsetId, Channels.Vitals);

    public static string Recorded(string headsetId) => Headset(headsetId, Channels.Recorded);

    public static string HeadsetPrefix(string headsetId) => $"{Root}/headsets/{RequireId(headsetId)}/";

    public static string Preset(string presetId) => $"{Root}/presets/{RequireId(presetId)}";

    /// <summary>The preset id of a kap/v1/presets/{id} topic.</summary>
    public static bool TryParsePresetTopic(string topic, [NotNullWhen(true)] out string? presetId)
    {
        const string Prefix = Root + "/presets/";
        presetId = topic is not null && topic.StartsWith(Prefix, StringComparison.Ordinal) ? topic[Prefix.Length..] : null;
        return IsValidId(presetId);
    }

    public static string Headset(string headsetId, string channel) => HeadsetPrefix(headsetId) + channel;

    /// <summary>Splits "kap/v1/headsets/{id}/{channel}".</summary>
    public static bool TryParseHeadsetTopic(string topic, [NotNullWhen(true)] out string? headsetId, [NotNullWhen(true)] out string? channel)
    {
        headsetId = channel = null;
        const string prefix = Root + "/headsets/";
        if (topic is null || !topic.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = topic.AsSpan(prefix.Length);
        var slash = rest.IndexOf('/');
        if (slash <= 0 || rest[(slash + 1)..].Contains('/'))
        {
            return false;
        }

        var id = rest[..slash].ToString();
        if (!IsValidId(id))
        {
            return false;
        }

        headsetId = id;
        channel = rest[(slash + 1)..].ToString();
        return channel.Length > 0;
    }

    /// <summary>Lowercase letters, digits, '-' and '_', starting with a letter or digit: safe in topics and file names.</summary>
    public static bool IsValidId([NotNullWhen(true)] string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxIdLength || !char.IsAsciiLetterLower(id[0]) && !char.IsAsciiDigit(id[0]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static string RequireId(string id) => IsValidId(id)
        ? id
        : throw new ArgumentException($"'{id}' is not a valid id: use 1-{MaxIdLength} lowercase letters, digits, '-' or '_'", nameof(id));
}
