namespace KapImmersive.Console.Record;

/// <summary>What one console's commit changed that every other console's dashboards should show at once.</summary>
public enum RecordChange
{
    AlertRaised,
    AlertCleared,
    Outcome,
}
