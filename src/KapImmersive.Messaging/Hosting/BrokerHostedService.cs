using KapImmersive.Messaging.Broker;
using Microsoft.Extensions.Hosting;

namespace KapImmersive.Messaging.Hosting;

/// <summary>Runs the embedded broker for as long as the host runs.</summary>
internal sealed class BrokerHostedService(KapBroker broker) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => broker.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => broker.StopAsync(cancellationToken);
}
