using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IRLearn.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class QuestionTierAndConfidence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Confidence",
                table: "Questions",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Tier",
                table: "Questions",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                // Questions stored before tiers existed were all the bank (the importer kept only the default bank).
                defaultValue: "Bank");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "Tier",
                table: "Questions");
        }
    }
}
