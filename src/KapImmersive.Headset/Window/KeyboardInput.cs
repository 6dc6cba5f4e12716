using System.Numerics;
using KapImmersive.Core.Patient;
using KapImmersive.Headset.Runtime.Patient;

namespace KapImmersive.Headset.Window;

/// <summary>
/// The patient's input in the preview window: O or 1 answers a check-in okay, N or 2 not okay, H or space asks for
/// help (in every phase); held arrow keys turn the head slowly, otherwise it stays still. One key press a frame.
/// </summary>
public sealed class KeyboardInput : IPatientInput
{
    public const string Source = "key";

    /// <summary>Slow enough to stay comfortable for someone watching the preview, like a calm turn of the head.</summary>
    public const float TurnDegreesPerSecond = 30;

    private const float MaxYawDegrees = 120;
    private const float MaxPitchDegrees = 40;

    private readonly X11Window _window;
    private double _lastTime = double.NaN;
    private float _yaw;
    private float _pitch;
    private bool _left;
    private bool _right;
    private bool _up;
    private bool _down;

    public KeyboardInput(X11Window window) => _window = window;

    public PatientSample Sample(double now)
    {
        _window.Pump();
        var pressed = PatientChoice.None;
        while (pressed == PatientChoice.None && _window.TryReadKey(out var key))
        {
            pressed = Take(key);
        }

        var elapsed = double.IsNaN(_lastTime) ? 0 : (float)(now - _lastTime);
        _lastTime = now;
        var turn = TurnDegreesPerSecond * elapsed;
        _yaw = Math.Clamp(_yaw + (turn * (Axis(_left) - Axis(_right))), -MaxYawDegrees, MaxYawDegrees);
        _pitch = Math.Clamp(_pitch + (turn * (Axis(_up) - Axis(_down))), -MaxPitchDegrees, MaxPitchDegrees);
        var orientation = Quaternion.CreateFromYawPitchRoll(_yaw * MathF.PI / 180, _pitch * MathF.PI / 180, 0);
        return new PatientSample(HeadPose.Seated with { Orientation = orientation }, PatientChoice.None, pressed,
            pressed == PatientChoice.None ? "" : Source);
    }

    /// <summary>The choice a key press means, and the arrows' held state as a side effect.</summary>
    private PatientChoice Take(WindowKey key)
    {
        switch (key.Keysym)
        {
            case Keysyms.Left: _left = key.Down; return PatientChoice.None;
            case Keysyms.Right: _right = key.Down; return PatientChoice.None;
            case Keysyms.Up: _up = key.Down; return PatientChoice.None;
            case Keysyms.Down: _down = key.Down; return PatientChoice.None;
        }

        if (!key.Down)
        {
            return PatientChoice.None;
        }

        return key.Keysym switch
        {
            Keysyms.O or Keysyms.One => PatientChoice.Okay,
            Keysyms.N or Keysyms.Two => PatientChoice.NotOkay,
            Keysyms.H or Keysyms.Space => PatientChoice.Help,
            _ => PatientChoice.None,
        };
    }

    private static float Axis(bool held) => held ? 1 : 0;

    /// <summary>X keysyms (X11/keysymdef.h) as XLookupKeysym gives them at index 0: letters in lower case.</summary>
    private static class Keysyms
    {
        public const ulong Space = 0x20;
        public const ulong One = 0x31;
        public const ulong Two = 0x32;
        public const ulong H = 0x68;
        public const ulong N = 0x6e;
        public const ulong O = 0x6f;
        public const ulong Left = 0xff51;
        public const ulong Up = 0xff52;
        public const ulong Right = 0xff53;
        public const ulong Down = 0xff54;
    }
}
