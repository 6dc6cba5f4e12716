using System.Text.Json.Serialization;

namespace KapImmersive.Headset.Web;

/// <summary>The few shapes the page reads, serialized without reflection (the app is trimmed).</summary>
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(bool))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
