/** The picocli command line interface. */
package gopatterns.cli;
