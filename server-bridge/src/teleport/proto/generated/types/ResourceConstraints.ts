// Original file: src/teleport/proto/types.proto

import type { AWSConsoleResourceConstraints as _types_AWSConsoleResourceConstraints, AWSConsoleResourceConstraints__Output as _types_AWSConsoleResourceConstraints__Output } from '../types/AWSConsoleResourceConstraints';
import type { SSHResourceConstraints as _types_SSHResourceConstraints, SSHResourceConstraints__Output as _types_SSHResourceConstraints__Output } from '../types/SSHResourceConstraints';
import type { WindowsDesktopResourceConstraints as _types_WindowsDesktopResourceConstraints, WindowsDesktopResourceConstraints__Output as _types_WindowsDesktopResourceConstraints__Output } from '../types/WindowsDesktopResourceConstraints';

export interface ResourceConstraints {
  'version'?: (string);
  'aws_console'?: (_types_AWSConsoleResourceConstraints | null);
  'ssh'?: (_types_SSHResourceConstraints | null);
  'windows_desktop'?: (_types_WindowsDesktopResourceConstraints | null);
  'details'?: "aws_console"|"ssh"|"windows_desktop";
}

export interface ResourceConstraints__Output {
  'version': (string);
  'aws_console'?: (_types_AWSConsoleResourceConstraints__Output | null);
  'ssh'?: (_types_SSHResourceConstraints__Output | null);
  'windows_desktop'?: (_types_WindowsDesktopResourceConstraints__Output | null);
  'details'?: "aws_console"|"ssh"|"windows_desktop";
}
