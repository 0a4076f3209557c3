using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IRLearn.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GradebookAttemptsByClassroomAndStudent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Attempts_ClassroomId",
                table: "Attempts");

            migrationBuilder.CreateIndex(
                name: "IX_Attempts_ClassroomId_StudentId",
                table: "Attempts",
                columns: new[] { "ClassroomId", "StudentId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Attempts_ClassroomId_StudentId",
                table: "Attempts");

            migrationBuilder.CreateIndex(
                name: "IX_Attempts_ClassroomId",
                table: "Attempts",
                column: "ClassroomId");
        }
    }
}
