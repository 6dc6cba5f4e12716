using System.Reflection;
using System.Text.Json;
using KapImmersive.Core.Commands;
using KapImmersive.Core.Protocol;
using KapImmersive.Testing;

namespace KapImmersive.Core.Tests.Protocol;

/// <summary>docs/protocol.asyncapi.yaml is what people steer headsets by: every channel, event type and message field must be in it.</summary>
public sealed class ProtocolDocumentTests
{
    private static readonly string[] Document = File.ReadAllLines(RepositoryRoot.Combine("docs", "protocol.asyncapi.yaml"));

    public static TheoryData<string> HeadsetChannels() => [.. Constants(typeof(Channels))];

    public static TheoryData<string> Events() => [.. Constants(typeof(EventTypes))];

    public static TheoryData<string> Commands() => [.. CommandCatalogue.Standard.Entries.Select(e => e.Name)];

    public static TheoryData<string, Type> Schemas() => new()
    {
        { "Presence", typeof(PresenceMessage) },
        { "State", typeof(StateMessage) },
        { "Command", typeof(CommandMessage) },
        { "Ack", typeof(AckMessage) },
        { "Event", typeof(EventMessage) },
        { "Telemetry", typeof(TelemetryMessage) },
        { "Vitals", typeof(VitalsMessage) },
    };

    [Theory]
    [MemberData(nameof(HeadsetChannels))]
    public void Every_headset_channel_has_its_address_in_the_document(string channel) =>
        Assert.Contains(Document, line => line.Trim() == $"address: kap/v1/headsets/{{headsetId}}/{channel}");

    [Theory]
    [MemberData(nameof(Events))]
    public void Every_event_type_is_named_in_the_event_schema(string eventType) =>
        Assert.Contains(eventType, string.Join('\n', SchemaBlock("Event")), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Every_field_of_a_message_is_in_its_schema(string schema, Type message)
    {
        var block = SchemaBlock(schema);
        foreach (var property in message.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            Assert.True(block.Any(line => line.TrimStart().StartsWith(name + ":", StringComparison.Ordinal)),
                $"{message.Name}.{property.Name} is sent as '{name}' but the {schema} schema does not list it");
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_its_arguments_in_the_document_as_the_catalogue_declares_them(string name)
    {
        var entry = CommandCatalogue.Standard.Find(name)!;
        var expected = CommandSchemaText.Lines(entry);
        var start = Array.IndexOf(Document, expected[0]);
        var block = start < 0 ? [] : Document.Skip(start).Take(expected.Count);
        Assert.True(expected.SequenceEqual(block),
            $"components/schemas/{CommandSchemaText.SchemaName(entry)} in docs/protocol.asyncapi.yaml differs from the command catalogue; it should read:\n{string.Join('\n', expected)}");
    }

    [Fact]
    public void The_command_types_a_console_may_send_are_the_catalogues()
    {
        var types = CommandCatalogue.Standard.SentBy(CommandSender.Console).Select(e => e.Name);
        Assert.Contains($"          enum: [{string.Join(", ", types)}]", SchemaBlock("Command"));
    }

    private static IEnumerable<string> Constants(Type type) => type.GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);

    /// <summary>The lines of components/schemas/{name}, up to the next schema.</summary>
    private static List<string> SchemaBlock(string name)
    {
        var schemas = Array.FindIndex(Document, line => line == "  schemas:");
        var start = Array.FindIndex(Document, schemas + 1, line => line == $"    {name}:");
        Assert.True(schemas >= 0 && start > schemas, $"no schema {name} under components/schemas");
        var end = Array.FindIndex(Document, start + 1, line => line.Length > 4 && line[4] != ' ' && line.StartsWith("    ", StringComparison.Ordinal));
        return [.. Document[(start + 1)..(end < 0 ? Document.Length : end)]];
    }
}
