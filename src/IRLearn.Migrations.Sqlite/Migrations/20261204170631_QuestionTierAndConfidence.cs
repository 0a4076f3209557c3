using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IRLearn.Migrations.Sqlite.Migrations
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
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Tier",
                table: "Questions",
                type: "TEXT",
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
