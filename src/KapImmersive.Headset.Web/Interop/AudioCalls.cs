using System.Runtime.InteropServices.JavaScript;

namespace KapImmersive.Headset.Web.Interop;

/// <summary>The page's Web Audio output (wwwroot/audio.js and its worklet).</summary>
internal static partial class AudioCalls
{
    private const string Module = "kap";

    /// <summary>Hands rendered samples (interleaved stereo float, as bytes) to the worklet's queue.</summary>
    [JSImport("audio.push", Module)]
    public static partial void Push([JSMarshalAs<JSType.MemoryView>] Span<byte> samples);

    /// <summary>Frames the worklet has played so far (reported every 50 ms).</summary>
    [JSImport("audio.framesPlayed", Module)]
    public static partial double FramesPlayed();

    [JSImport("audio.underruns", Module)]
    public static partial double Underruns();
}
