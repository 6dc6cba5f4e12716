using System.Text;

namespace KapImmersive.Cli.Tests.Support;

/// <summary>A text writer that a command writes to on its threads while the test reads what came so far.</summary>
internal sealed class SharedText : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_text)
        {
            _text.Append(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_text)
        {
            _text.Append(buffer, index, count);
        }
    }

    public override void WriteLine(string? value) => Write(value + NewLine);

    public override string ToString()
    {
        lock (_text)
        {
            return _text.ToString();
        }
    }
}
