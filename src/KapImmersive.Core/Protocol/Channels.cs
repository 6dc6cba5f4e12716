namespace KapImmersive.Core.Protocol;

/// <summary>The last segment of a headset topic.</summary>
public static class Channels
{
    public const string Presence = "presence";
    public const string State = "state";
    public const string Commands = "commands";
    public const string Acks = "acks";
    public const string Events = "events";
    public const string Preview = "preview";
    public const string Telemetry = "telemetry";
    public const string Vitals = "vitals";
    public const string Recorded = "recorded";
}
