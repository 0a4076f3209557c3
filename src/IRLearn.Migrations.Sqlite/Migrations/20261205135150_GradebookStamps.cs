using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IRLearn.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GradebookStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GradebookStamps",
                columns: table => new
                {
                    ClassroomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GradebookStamps", x => x.ClassroomId);
                    table.ForeignKey(
                        name: "FK_GradebookStamps_Classrooms_ClassroomId",
                        column: x => x.ClassroomId,
                        principalTable: "Classrooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Every existing classroom gets a first stamp (its own id, a value no later stamp takes): the export reads
            // it, and every save that alters a gradebook updates it (ADR 23). Quoted names read the same in all three.
            migrationBuilder.Sql("INSERT INTO \"GradebookStamps\" (\"ClassroomId\", \"Stamp\") SELECT \"Id\", \"Id\" FROM \"Classrooms\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GradebookStamps");
        }
    }
}
