using KapImmersive.Headset.Runtime.Tests.Support;

namespace KapImmersive.Headset.Web.Tests.Support;

/// <summary>The published web headset (as the console serves it) on a plain loopback server, for checks that need no console.</summary>
internal static class WebHeadsetSite
{
    /// <summary>Where the build put the web headset beside these tests, as beside the console.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "headset");

    public static StaticSite Start() => StaticSite.Start(Folder);
}
