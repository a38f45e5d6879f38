using System;
using System.Net.Http;
using FieldGen.Authentication;
using FieldGen.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>Registers <see cref="GenAuthCustomDataClient"/> for a host's services.</summary>
    public static class GenAuthServiceCollectionExtensions
    {
        /// <summary>The sub-section bound to the standard resilience handler's options (<c>GenAuth:Resilience</c>).</summary>
        public const string ResilienceSectionName = "Resilience";

        /// <summary>The name of the client's <c>HttpClient</c> in <c>IHttpClientFactory</c>.</summary>
        public const string HttpClientName = "FieldGen.Client.GenAuthCustomDataClient";

        /// <summary>
        /// Registers <see cref="GenAuthCustomDataClient"/> as a typed client of <c>IHttpClientFactory</c>,
        /// with <see cref="GenAuthOptions"/> bound from <paramref name="configuration"/> (e.g.
        /// <c>builder.Configuration.GetSection("GenAuth")</c>) and validated when the host starts, and the
        /// standard resilience handler configured from its <c>Resilience</c> sub-section.
        /// </summary>
        /// <returns>The client's builder, to add handlers or change the resilience settings.</returns>
        public static IHttpClientBuilder AddGenAuthCustomData(this IServiceCollection services, IConfiguration configuration)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            if (configuration is null)
            {
                throw new ArgumentNullException(nameof(configuration));
            }

            services.AddOptions<GenAuthOptions>().Bind(configuration).ValidateOnStart();
            return AddClient(services, configuration.GetSection(ResilienceSectionName));
        }

        /// <summary>The same, with the options set in code.</summary>
        /// <returns>The client's builder.</returns>
        public static IHttpClientBuilder AddGenAuthCustomData(this IServiceCollection services, Action<GenAuthOptions> configure)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            services.AddOptions<GenAuthOptions>().Configure(configure).ValidateOnStart();
            return AddClient(services, resilience: null);
        }

        private static IHttpClientBuilder AddClient(IServiceCollection services, IConfigurationSection? resilience)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GenAuthOptions>, GenAuthOptionsValidator>());
            services.TryAddSingleton(TimeProvider.System);
            services.TryAddSingleton(sp => new ManagementTokenCache(sp.GetRequiredService<TimeProvider>().GetUtcNow));
            services.TryAddSingleton<GenAuthSecretRedactor>();
            services.TryAddTransient<GenAuthCallHandler>();
            services.TryAddTransient<GenAuthAuthenticationHandler>();
            services.TryAddTransient<EnvelopeStatusHandler>();

            IHttpClientBuilder client = services
                .AddHttpClient(HttpClientName)
                .AddTypedClient((http, sp) => new GenAuthCustomDataClient(http, ClientOptions(sp.GetRequiredService<IOptionsMonitor<GenAuthOptions>>())))
                .AddHttpMessageHandler<GenAuthCallHandler>();

            // Outside in: one activity and log per call, then retries / circuit breaker / timeouts, then
            // per attempt the authentication (a fresh signature or a token) and the envelope status.
            IHttpStandardResiliencePipelineBuilder pipeline = resilience is null || !resilience.Exists()
                ? client.AddStandardResilienceHandler()
                : client.AddStandardResilienceHandler(resilience);
            pipeline.Configure((options, sp) => ReportEvents(options, sp.GetRequiredService<ILogger<GenAuthCustomDataClient>>()));

            client.AddHttpMessageHandler<GenAuthAuthenticationHandler>()
                .AddHttpMessageHandler<EnvelopeStatusHandler>()
                // The factory's default request loggers write header values (the token, the signature)
                // unredacted into their Trace events' structured state; this client's own events replace them.
                .RemoveAllLoggers();
            return client;
        }

        /// <summary>The client reads the host and the key from the options at each request, so a reloaded configuration applies.</summary>
        private static GenAuthClientOptions ClientOptions(IOptionsMonitor<GenAuthOptions> monitor)
        {
            GenAuthOptions current = monitor.CurrentValue;
            return new GenAuthClientOptions
            {
                Host = current.Host,
                Language = current.Language,
                AccessKeyProvider = () => new GenAuthAccessKey(monitor.CurrentValue.AccessKeyId!, monitor.CurrentValue.AccessKeySecret!),
            };
        }

        private static void ReportEvents(HttpStandardResilienceOptions options, ILogger logger)
        {
            var onRetry = options.Retry.OnRetry;
            options.Retry.OnRetry = async args =>
            {
                HttpRequestMessage? request = args.Outcome.Result?.RequestMessage;
                EnvelopeSummary? summary = request is null ? null : EnvelopeSummary.Of(request);
                string outcome = args.Outcome.Exception?.GetType().Name ?? "HTTP " + (int)args.Outcome.Result!.StatusCode;
                GenAuthLog.Retry(logger, request is null ? "(unknown)" : GenAuthCallHandler.CallName(request), args.AttemptNumber + 1, outcome, summary?.ApiCode, summary?.RequestId, (long)args.RetryDelay.TotalMilliseconds);
                System.Diagnostics.Activity.Current?.AddEvent(new System.Diagnostics.ActivityEvent("genauth.retry"));
                if (onRetry is not null)
                {
                    await onRetry(args).ConfigureAwait(false);
                }
            };

            var onOpened = options.CircuitBreaker.OnOpened;
            options.CircuitBreaker.OnOpened = async args =>
            {
                string outcome = args.Outcome.Exception?.GetType().Name ?? "HTTP " + (int?)args.Outcome.Result?.StatusCode;
                GenAuthLog.CircuitOpened(logger, args.BreakDuration.TotalSeconds, outcome);
                if (onOpened is not null)
                {
                    await onOpened(args).ConfigureAwait(false);
                }
            };
        }
    }
}
