namespace IRLearn.Cli.Generate;

public enum OutputFormat
{
    Json,
    Text,
}
