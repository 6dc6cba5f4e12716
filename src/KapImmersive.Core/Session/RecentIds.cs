using System.Collections.Immutable;

namespace KapImmersive.Core.Session;

/// <summary>The last few hundred command ids, to refuse a replayed command without growing for ever.</summary>
internal sealed record RecentIds(ImmutableQueue<string> Order, ImmutableHashSet<string> Set)
{
    public const int Capacity = 512;

    public static RecentIds Empty { get; } = new(ImmutableQueue<string>.Empty, ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal));

    public bool Contains(string id) => Set.Contains(id);

    public RecentIds Add(string id)
    {
        var order = Order.Enqueue(id);
        var set = Set.Add(id);
        if (set.Count > Capacity)
        {
            order = order.Dequeue(out var oldest);
            set = set.Remove(oldest);
        }

        return new RecentIds(order, set);
    }
}
