namespace KapImmersive.Console.Tests.Support;

/// <summary>POST /headset/pair's answer: the web headset's contract.</summary>
internal sealed record PairedAccount(string HeadsetId, string Name, string Password, string MqttPath);
