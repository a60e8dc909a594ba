using Inspections.WebApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);

// Whatever the framework itself refuses (an unknown route, a wrong method, an unhandled exception) is answered with
// problem details too, so a client reads every error the same way.
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();

app.MapPost(ValidateEndpoint.Route, ValidateEndpoint.HandleAsync);

app.Run();

/// <summary>The application's entry point; public so that tests can start it with WebApplicationFactory.</summary>
#pragma warning disable CA1515 // WebApplicationFactory<Program> in the public test classes needs a public type.
public partial class Program;
#pragma warning restore CA1515
