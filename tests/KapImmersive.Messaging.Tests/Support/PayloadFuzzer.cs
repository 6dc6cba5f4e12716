using System.Text;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;

namespace KapImmersive.Messaging.Tests.Support;

/// <summary>Random and mutated command payloads: valid commands of every type with bytes flipped, cut, spliced or retyped, and plain noise.</summary>
internal sealed class PayloadFuzzer(int seed)
{
    private static readonly string[] Junk = ["null", "true", "-1e309", "\"\"", "[]", "{}", "1e400", "\"\\u0000\"", "{\"$ref\":1}", "99999999999999999999", "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]"];

    private readonly Random _random = new(seed);
    private readonly byte[][] _corpus = [.. Seeds().Select(c => CommandCodec.Write(c, DateTimeOffset.UnixEpoch))];

    public byte[] Next()
    {
        var pick = _corpus[_random.Next(_corpus.Length)];
        return _random.Next(8) switch
        {
            0 => Noise(),
            1 => Flip(pick),
            2 => pick[.._random.Next(pick.Length)],
            3 => Splice(pick, _corpus[_random.Next(_corpus.Length)]),
            4 => Retype(pick),
            5 => Encoding.UTF8.GetBytes(new string('[', _random.Next(1, 200))),
            6 => WithId(pick),
            _ => Flip(Retype(pick)),
        };
    }

    private static IEnumerable<SessionCommand> Seeds()
    {
        const string I = "fuzz";
        yield return new LoadPreset("a", I, "night-sky");
        yield return new SetDarkness("b", I, 0.4, 10);
        yield return new SetVolume("c", I, 0.2);
        yield return new StartBreathing("d", I, "box");
        yield return new StopBreathing("e", I);
        yield return new RequestCheckIn("f", I, "Okay?", 30);
        yield return new SetCheckInInterval("g", I, 5);
        yield return new AnswerCheckIn("h", I, "c1", CheckInAnswer.NotOkay);
        yield return new RequestHelp("i", I, "remote");
        yield return new ShowMessage("j", I, "Hello", 10);
        yield return new ClearMessage("k", I);
        yield return new SetPhase("l", I, SessionPhase.Dosing);
        yield return new EndSession("m", I, 30);
    }

    private byte[] Noise()
    {
        var bytes = new byte[_random.Next(0, 512)];
        _random.NextBytes(bytes);
        return bytes;
    }

    private byte[] Flip(byte[] payload)
    {
        var copy = (byte[])payload.Clone();
        for (var i = _random.Next(1, 6); i > 0 && copy.Length > 0; i--)
        {
            copy[_random.Next(copy.Length)] = (byte)_random.Next(256);
        }

        return copy;
    }

    private byte[] Splice(byte[] a, byte[] b) => [.. a.Take(_random.Next(a.Length)), .. b.Skip(_random.Next(b.Length))];

    /// <summary>Replaces one value after a ':' with a value of another JSON type.</summary>
    private byte[] Retype(byte[] payload)
    {
        var text = Encoding.UTF8.GetString(payload);
        var colons = text.Select((c, i) => (c, i)).Where(x => x.c == ':').Select(x => x.i).ToArray();
        if (colons.Length == 0)
        {
            return payload;
        }

        var at = colons[_random.Next(colons.Length)] + 1;
        var end = text.IndexOfAny([',', '}'], at);
        end = end < 0 ? text.Length : end;
        return Encoding.UTF8.GetBytes(text[..at] + Junk[_random.Next(Junk.Length)] + text[end..]);
    }

    /// <summary>A valid command with a fresh id, so some of the stream is applied and changes the state.</summary>
    private byte[] WithId(byte[] payload) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(payload).Replace("\"id\":\"", $"\"id\":\"z{_random.Next()}", StringComparison.Ordinal));
}
