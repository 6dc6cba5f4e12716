using System.Numerics;
using KapImmersive.Core.Scene;

namespace KapImmersive.Rendering.Scene;

/// <summary>The box of air the motes drift in: around the patient outdoors (fireflies low over the ground), inside the walls in a room.</summary>
internal readonly record struct MoteVolume(Vector3 Centre, Vector3 HalfSize)
{
    public static MoteVolume For(MoteKind kind, bool inRoom)
    {
        if (inRoom)
        {
            var centre = (RoomBox.Min + RoomBox.Max) / 2;
            var half = ((RoomBox.Max - RoomBox.Min) / 2) - new Vector3(0.3f, 0.25f, 0.3f);
            return new MoteVolume(centre with { Y = 0.25f + half.Y }, half);
        }

        return kind switch
        {
            MoteKind.Fireflies => new MoteVolume(new Vector3(0, 0.9f, 0), new Vector3(8, 0.7f, 8)),
            MoteKind.Embers => new MoteVolume(new Vector3(0, 1.8f, 0), new Vector3(7, 1.5f, 7)),
            _ => new MoteVolume(new Vector3(0, 1.8f, 0), new Vector3(7, 1.6f, 7)),
        };
    }
}
