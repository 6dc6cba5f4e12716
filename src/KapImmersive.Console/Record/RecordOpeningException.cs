namespace KapImmersive.Console.Record;

/// <summary>The record could not be opened or brought up to date; the message says where it is and what to do.</summary>
public sealed class RecordOpeningException : Exception
{
    public RecordOpeningException()
    {
    }

    public RecordOpeningException(string message)
        : base(message)
    {
    }

    public RecordOpeningException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
