using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IRLearn.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class LeaderboardAttemptsByClassroomNumberStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Attempts_ClassroomId_Number_Status_SubmittedAt",
                table: "Attempts",
                columns: new[] { "ClassroomId", "Number", "Status", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Attempts_ClassroomId_Number_Status_SubmittedAt",
                table: "Attempts");
        }
    }
}
