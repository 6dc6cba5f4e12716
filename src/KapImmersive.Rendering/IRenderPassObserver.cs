namespace KapImmersive.Rendering;

/// <summary>
/// Told by <see cref="RoomRenderer"/> as each of its passes has been submitted, by the pass's name, so a benchmark can
/// wait for the GPU and charge the time to that pass. Frames drawn with no observer pay nothing for it.
/// </summary>
public interface IRenderPassObserver
{
    void PassSubmitted(string pass);
}
